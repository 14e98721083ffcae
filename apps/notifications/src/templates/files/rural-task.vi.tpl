subject: Việc mới: tiêu chí nông thôn mới của {{communeCode | unit}}, bước "{{to | ruralStage}}", {{dueAt | deadline}}
short: Khuyến công: việc mới thẩm định tiêu chí điện, chợ của {{communeCode | unit}} ({{to | ruralStage}}), {{dueAt | deadline}}.
--- text
Kính gửi {{recipientName}},

Có việc mới trong hồ sơ thẩm định tiêu chí số 4 (điện) và số 7 (cơ sở hạ tầng thương mại nông thôn):
Đơn vị: {{communeCode | unit}} ({{level | ruralLevel}}, năm {{targetYear}})
Bước: {{to | ruralStage}}
Hạn xử lý: {{dueAt | datetime}}
Ghi chú: {{note | optional}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Có việc mới trong hồ sơ thẩm định tiêu chí số 4 (điện) và số 7 (cơ sở hạ tầng thương mại nông thôn):</p>
<ul>
<li>Đơn vị: <strong>{{communeCode | unit}}</strong> ({{level | ruralLevel}}, năm {{targetYear}})</li>
<li>Bước: {{to | ruralStage}}</li>
<li>Hạn xử lý: <strong>{{dueAt | datetime}}</strong></li>
<li>Ghi chú: {{note | optional}}</li>
</ul>
