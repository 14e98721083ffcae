subject: Giấy chứng nhận OCOP số {{certificateNumber}} sắp hết hạn ngày {{expiryDate | date}}
short: OCOP: giấy chứng nhận {{certificateNumber}} hết hạn ngày {{expiryDate | date}}, đề nghị đăng ký đánh giá lại.
--- text
Kính gửi {{recipientName}},

Giấy chứng nhận OCOP số {{certificateNumber}} của sản phẩm {{productLabel}} sẽ hết hiệu lực ngày {{expiryDate | date}}.
Để giữ hạng sao, đề nghị đăng ký đánh giá lại trước ngày hết hạn; quá hạn, giấy chứng nhận hết hiệu lực.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Giấy chứng nhận OCOP số <strong>{{certificateNumber}}</strong> của sản phẩm {{productLabel}} sẽ hết hiệu lực ngày <strong>{{expiryDate | date}}</strong>.</p>
<p>Để giữ hạng sao, đề nghị đăng ký đánh giá lại trước ngày hết hạn; quá hạn, giấy chứng nhận hết hiệu lực.</p>
