subject: Đã rút hồ sơ {{dossierCode}}
short: Khuyến công: hồ sơ {{dossierCode}} đã được rút theo đề nghị của cơ sở.
--- text
Kính gửi {{recipientName}},

Hồ sơ {{dossierCode}} đã được rút theo đề nghị của cơ sở vào {{withdrawnAt | datetime}} và sẽ không được xử lý tiếp.
Lý do rút: {{reason | optional}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Hồ sơ <strong>{{dossierCode}}</strong> đã được rút theo đề nghị của cơ sở vào {{withdrawnAt | datetime}} và sẽ không được xử lý tiếp.</p>
<p>Lý do rút: {{reason | optional}}</p>
