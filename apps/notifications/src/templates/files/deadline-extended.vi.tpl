subject: Hồ sơ {{dossierCode}}: gia hạn bước "{{stage | stage}}" thêm {{workingDays}} ngày làm việc
short: Khuyến công: hồ sơ {{dossierCode}} được gia hạn bước "{{stage | stage}}" thêm {{workingDays}} ngày làm việc.
--- text
Kính gửi {{recipientName}},

Thời hạn xử lý bước "{{stage | stage}}" của hồ sơ {{dossierCode}} được gia hạn thêm {{workingDays}} ngày làm việc vào {{extendedAt | datetime}}.
Lý do: {{reason}}
Thời hạn mới: {{dueAt | deadline}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Thời hạn xử lý bước <strong>"{{stage | stage}}"</strong> của hồ sơ <strong>{{dossierCode}}</strong> được gia hạn thêm {{workingDays}} ngày làm việc vào {{extendedAt | datetime}}.</p>
<ul>
<li>Lý do: {{reason}}</li>
<li>Thời hạn mới: {{dueAt | deadline}}</li>
</ul>
