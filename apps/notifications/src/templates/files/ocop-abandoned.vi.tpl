subject: OCOP: vòng đánh giá sản phẩm {{productLabel}} đã dừng
short: OCOP: vòng đánh giá {{productLabel}} đã dừng ở {{level | level}}: {{reason}}.
--- text
Kính gửi {{recipientName}},

Vòng đánh giá, phân hạng sản phẩm {{productLabel}} đã dừng khi chờ thành lập Hội đồng {{level | level}}, không có kết quả.
Lý do: {{reason}}
Chủ thể có thể đăng ký đánh giá lại sản phẩm trong vòng sau.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Vòng đánh giá, phân hạng sản phẩm <strong>{{productLabel}}</strong> đã dừng khi chờ thành lập Hội đồng {{level | level}}, không có kết quả.</p>
<p>Lý do: {{reason}}</p>
<p>Chủ thể có thể đăng ký đánh giá lại sản phẩm trong vòng sau.</p>
