subject: Hồ sơ {{dossierCode}} cần bổ sung trước ngày {{dueDate | date}}
short: Khuyến công: hồ sơ {{dossierCode}} cần bổ sung trước {{dueDate | date}}.
--- text
Kính gửi {{recipientName}},

PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ (Mẫu 02)

Hồ sơ {{dossierCode}} cần bổ sung các giấy tờ sau:
{{#each items}}- {{documentCode}}: {{reasonVi}}
{{/each}}
Hạn bổ sung: {{dueDate | date}}. Quá hạn, hồ sơ sẽ bị dừng xử lý.
--- html
<p>Kính gửi {{recipientName}},</p>
<p><strong>PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ</strong> (Mẫu 02)</p>
<p>Hồ sơ <strong>{{dossierCode}}</strong> cần bổ sung các giấy tờ sau:</p>
<ol>
{{#each items}}<li><strong>{{documentCode}}</strong>: {{reasonVi}}</li>
{{/each}}</ol>
<p>Hạn bổ sung: <strong>{{dueDate | date}}</strong>. Quá hạn, hồ sơ sẽ bị dừng xử lý.</p>
