subject: Kết quả đánh giá OCOP: sản phẩm {{productLabel}} đạt {{stars}} sao
short: OCOP: sản phẩm {{productLabel}} đạt {{stars}} sao.
--- text
Kính gửi {{recipientName}},

Hội đồng đánh giá, phân hạng sản phẩm OCOP đã có kết quả cho sản phẩm {{productLabel}}:
Số sao: {{stars}}
Điểm bình quân: {{averageTotal | points}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Hội đồng đánh giá, phân hạng sản phẩm OCOP đã có kết quả cho sản phẩm <strong>{{productLabel}}</strong>:</p>
<ul>
<li>Số sao: <strong>{{stars}}</strong></li>
<li>Điểm bình quân: {{averageTotal | points}}</li>
</ul>
