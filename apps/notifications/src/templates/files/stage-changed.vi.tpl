subject: Hồ sơ {{dossierCode}} chuyển sang bước "{{to | stage}}"
short: Khuyến công: hồ sơ {{dossierCode}} chuyển sang bước "{{to | stage}}", {{dueAt | deadline}}.
--- text
Kính gửi {{recipientName}},

Hồ sơ {{dossierCode}} đã chuyển sang bước "{{to | stage}}" vào {{changedAt | datetime}}.
Bước trước: {{from | stage}}
Thời hạn xử lý bước này: {{dueAt | deadline}}
Ghi chú của cán bộ: {{note | optional}}

Theo dõi tiến độ hồ sơ: {{link}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Hồ sơ <strong>{{dossierCode}}</strong> đã chuyển sang bước <strong>"{{to | stage}}"</strong> vào {{changedAt | datetime}}.</p>
<ul>
<li>Bước trước: {{from | stage}}</li>
<li>Thời hạn xử lý bước này: {{dueAt | deadline}}</li>
<li>Ghi chú của cán bộ: {{note | optional}}</li>
</ul>
