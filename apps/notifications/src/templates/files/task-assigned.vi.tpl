subject: Việc mới: hồ sơ {{dossierCode}}, bước "{{stage | stage}}", {{dueAt | deadline}}
short: Khuyến công: việc mới cho hồ sơ {{dossierCode}} ({{stage | stage}}), {{dueAt | deadline}}.
--- text
Kính gửi {{recipientName}},

Có việc mới cần xử lý trong hộp việc của đơn vị {{addressee.unitCode}}:
Hồ sơ: {{dossierCode}}
Bước: {{stage | stage}}
Hạn xử lý: {{dueAt | datetime}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Có việc mới cần xử lý trong hộp việc của đơn vị {{addressee.unitCode}}:</p>
<ul>
<li>Hồ sơ: <strong>{{dossierCode}}</strong></li>
<li>Bước: {{stage | stage}}</li>
<li>Hạn xử lý: <strong>{{dueAt | datetime}}</strong></li>
</ul>
