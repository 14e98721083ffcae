subject: Quá hạn: hồ sơ {{dossierCode}} ở bước "{{stage | stage}}" đã trễ hạn
short: Khuyến công: hồ sơ {{dossierCode}} quá hạn ở bước {{stage | stage}}, chuyển lãnh đạo xử lý.
--- text
Kính gửi {{recipientName}},

Hồ sơ {{dossierCode}} đã quá hạn ở bước "{{stage | stage}}" (hạn {{dueAt | datetime}}) và được chuyển đến Quý vị để chỉ đạo xử lý.
Người nộp hồ sơ đã nhận phiếu xin lỗi với ngày hẹn mới {{newExpectedDate | date}}.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Hồ sơ <strong>{{dossierCode}}</strong> đã quá hạn ở bước "{{stage | stage}}" (hạn {{dueAt | datetime}}) và được chuyển đến Quý vị để chỉ đạo xử lý.</p>
<p>Người nộp hồ sơ đã nhận phiếu xin lỗi với ngày hẹn mới <strong>{{newExpectedDate | date}}</strong>.</p>
