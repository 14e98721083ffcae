subject: Hồ sơ {{dossierCode}} đã hoàn thành
short: Khuyến công: hồ sơ {{dossierCode}} đã hoàn thành, kinh phí hỗ trợ đã giải ngân đủ.
--- text
Kính gửi {{recipientName}},

Hồ sơ {{dossierCode}} đã hoàn thành vào {{decidedAt | datetime}}: kinh phí hỗ trợ được phê duyệt đã giải ngân đủ.
Cảm ơn cơ sở đã tham gia chương trình khuyến công.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Hồ sơ <strong>{{dossierCode}}</strong> đã hoàn thành vào {{decidedAt | datetime}}: kinh phí hỗ trợ được phê duyệt đã giải ngân đủ.</p>
<p>Cảm ơn cơ sở đã tham gia chương trình khuyến công.</p>
