subject: Hồ sơ {{dossierCode}} không được phê duyệt
short: Khuyến công: hồ sơ {{dossierCode}} không được phê duyệt. Lý do xem trên cổng Khuyến công.
--- text
Kính gửi {{recipientName}},

Hồ sơ {{dossierCode}} không được phê duyệt hỗ trợ (quyết định lúc {{decidedAt | datetime}}).
Lý do: {{reason}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Hồ sơ <strong>{{dossierCode}}</strong> không được phê duyệt hỗ trợ (quyết định lúc {{decidedAt | datetime}}).</p>
<p>Lý do: {{reason}}</p>
