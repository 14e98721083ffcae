subject: Hồ sơ {{dossierCode}} đã bị huỷ
short: Khuyến công: hồ sơ {{dossierCode}} đã bị huỷ. Lý do xem trên cổng Khuyến công.
--- text
Kính gửi {{recipientName}},

Hồ sơ {{dossierCode}} đã bị huỷ vào {{decidedAt | datetime}}.
Lý do: {{reason}}
Kinh phí đã bố trí cho hồ sơ (nếu có) được hoàn lại ngân sách của chương trình.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Hồ sơ <strong>{{dossierCode}}</strong> đã bị huỷ vào {{decidedAt | datetime}}.</p>
<p>Lý do: {{reason}}</p>
<p>Kinh phí đã bố trí cho hồ sơ (nếu có) được hoàn lại ngân sách của chương trình.</p>
