subject: Hồ sơ {{dossierCode}} được phê duyệt hỗ trợ {{amountVnd | money}}
short: Khuyến công: hồ sơ {{dossierCode}} được phê duyệt hỗ trợ {{amountVnd | money}}.
--- text
Kính gửi {{recipientName}},

Lãnh đạo Sở Công Thương đã phê duyệt hỗ trợ cho hồ sơ {{dossierCode}} vào {{decidedAt | datetime}}.
Kinh phí hỗ trợ: {{amountVnd | money}}.
Bước tiếp theo: triển khai thực hiện và nghiệm thu theo quyết định.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Lãnh đạo Sở Công Thương đã phê duyệt hỗ trợ cho hồ sơ <strong>{{dossierCode}}</strong> vào {{decidedAt | datetime}}.</p>
<p>Kinh phí hỗ trợ: <strong>{{amountVnd | money}}</strong>.</p>
<p>Bước tiếp theo: triển khai thực hiện và nghiệm thu theo quyết định.</p>
