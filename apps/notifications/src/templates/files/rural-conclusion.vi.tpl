subject: Kết luận thẩm định tiêu chí số 4 và số 7 của {{communeCode | unit}}: {{outcome | verdict}}
short: Khuyến công: Sở kết luận tiêu chí điện, chợ của {{communeCode | unit}}: {{outcome | verdict}} (văn bản {{conclusionNumber}}).
--- text
Kính gửi {{recipientName}},

Sở Công Thương đã ban hành văn bản kết luận số {{conclusionNumber}} vào {{concludedAt | datetime}} về tiêu chí số 4 (điện) và số 7 (cơ sở hạ tầng thương mại nông thôn) của {{communeCode | unit}}, mức {{level | ruralLevel}} năm {{targetYear}}.
Kết quả: {{outcome | verdict}}.
Văn bản được gửi Văn phòng Điều phối nông thôn mới tỉnh.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Sở Công Thương đã ban hành văn bản kết luận số <strong>{{conclusionNumber}}</strong> vào {{concludedAt | datetime}} về tiêu chí số 4 (điện) và số 7 (cơ sở hạ tầng thương mại nông thôn) của <strong>{{communeCode | unit}}</strong>, mức {{level | ruralLevel}} năm {{targetYear}}.</p>
<p>Kết quả: <strong>{{outcome | verdict}}</strong>.</p>
<p>Văn bản được gửi Văn phòng Điều phối nông thôn mới tỉnh.</p>
