subject: Hồ sơ {{dossierCode}} đang chờ bố trí kinh phí năm {{year}}
short: Khuyến công: hồ sơ {{dossierCode}} đang chờ bố trí kinh phí, thứ tự {{position}}.
--- text
Kính gửi {{recipientName}},

Lãnh đạo Sở Công Thương đã xem xét phê duyệt hồ sơ {{dossierCode}} nhưng kinh phí khuyến công năm {{year}} của chương trình hiện chưa đủ để bố trí {{amountVnd | money}}.
Hồ sơ được đưa vào danh sách chờ từ {{waitlistedAt | datetime}}, thứ tự {{position}}.
Kinh phí được bố trí lần lượt theo thứ tự phê duyệt; Quý vị sẽ nhận thông báo phê duyệt khi hồ sơ được bố trí kinh phí.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Lãnh đạo Sở Công Thương đã xem xét phê duyệt hồ sơ <strong>{{dossierCode}}</strong> nhưng kinh phí khuyến công năm {{year}} của chương trình hiện chưa đủ để bố trí <strong>{{amountVnd | money}}</strong>.</p>
<p>Hồ sơ được đưa vào danh sách chờ từ {{waitlistedAt | datetime}}, thứ tự <strong>{{position}}</strong>.</p>
<p>Kinh phí được bố trí lần lượt theo thứ tự phê duyệt; Quý vị sẽ nhận thông báo phê duyệt khi hồ sơ được bố trí kinh phí.</p>
