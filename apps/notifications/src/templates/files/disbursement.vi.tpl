subject: Hồ sơ {{dossierCode}}: đã giải ngân {{amountVnd | money}}
short: Khuyến công: hồ sơ {{dossierCode}} đã được giải ngân {{amountVnd | money}}.
--- text
Kính gửi {{recipientName}},

Sở Công Thương đã ghi nhận giải ngân kinh phí hỗ trợ cho hồ sơ {{dossierCode}} vào {{decidedAt | datetime}}.
Số tiền: {{amountVnd | money}}.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Sở Công Thương đã ghi nhận giải ngân kinh phí hỗ trợ cho hồ sơ <strong>{{dossierCode}}</strong> vào {{decidedAt | datetime}}.</p>
<p>Số tiền: <strong>{{amountVnd | money}}</strong>.</p>
