subject: Sắp đến hạn: hồ sơ {{dossierCode}} phải xử lý trước {{dueAt | datetime}}
short: Khuyến công: hồ sơ {{dossierCode}} sắp đến hạn xử lý ({{dueAt | date}}).
--- text
Kính gửi {{recipientName}},

Bước "{{stage | stage}}" của hồ sơ {{dossierCode}} đã dùng 75% thời gian cho phép.
Hạn xử lý: {{dueAt | datetime}}. Đề nghị hoàn thành trước hạn để không phải xin lỗi người nộp hồ sơ.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Bước "{{stage | stage}}" của hồ sơ <strong>{{dossierCode}}</strong> đã dùng 75% thời gian cho phép.</p>
<p>Hạn xử lý: <strong>{{dueAt | datetime}}</strong>. Đề nghị hoàn thành trước hạn để không phải xin lỗi người nộp hồ sơ.</p>
