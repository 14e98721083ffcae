subject: OCOP: sản phẩm {{productLabel}} đã đề nghị {{proposedTo | level}} {{waitedDays}} ngày, chưa có kết quả
short: OCOP: {{productLabel}} chờ kết quả {{proposedTo | level}} đã {{waitedDays}} ngày, đề nghị đôn đốc.
--- text
Kính gửi {{recipientName}},

Sản phẩm {{productLabel}} đã được công nhận 4 sao và đề nghị {{proposedTo | level}} đánh giá, công nhận 5 sao.
Sau {{waitedDays}} ngày, hệ thống chưa ghi nhận kết quả.
Đề nghị liên hệ cơ quan thường trực và ghi nhận kết quả khi có quyết định. Trong thời gian chờ, sản phẩm giữ giấy chứng nhận 4 sao.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Sản phẩm <strong>{{productLabel}}</strong> đã được công nhận 4 sao và đề nghị {{proposedTo | level}} đánh giá, công nhận 5 sao.</p>
<p>Sau <strong>{{waitedDays}} ngày</strong>, hệ thống chưa ghi nhận kết quả.</p>
<p>Đề nghị liên hệ cơ quan thường trực và ghi nhận kết quả khi có quyết định. Trong thời gian chờ, sản phẩm giữ giấy chứng nhận 4 sao.</p>
