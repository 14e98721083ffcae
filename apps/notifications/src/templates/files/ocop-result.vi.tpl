subject: Kết quả đánh giá OCOP: sản phẩm {{productLabel}} {{routing | ocopOutcome}}
short: OCOP: sản phẩm {{productLabel}} {{routing | ocopOutcome}}.
--- text
Kính gửi {{recipientName}},

Hội đồng đánh giá, phân hạng sản phẩm OCOP đã có kết quả cho sản phẩm {{productLabel}}:
Kết quả: {{routing | ocopOutcome}}
Điểm bình quân: {{averageTotal | points}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Hội đồng đánh giá, phân hạng sản phẩm OCOP đã có kết quả cho sản phẩm <strong>{{productLabel}}</strong>:</p>
<ul>
<li>Kết quả: <strong>{{routing | ocopOutcome}}</strong></li>
<li>Điểm bình quân: {{averageTotal | points}}</li>
</ul>
