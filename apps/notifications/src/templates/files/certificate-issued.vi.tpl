subject: Đã cấp giấy chứng nhận OCOP số {{certificateNumber}} ({{stars}} sao)
short: OCOP: đã cấp giấy chứng nhận số {{certificateNumber}}, hiệu lực đến {{expiryDate | date}}.
--- text
Kính gửi {{recipientName}},

Sản phẩm {{productLabel}} được công nhận {{stars}} sao OCOP.
Giấy chứng nhận số: {{certificateNumber}}
Có hiệu lực đến: {{expiryDate | date}} (36 tháng).
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Sản phẩm <strong>{{productLabel}}</strong> được công nhận <strong>{{stars}} sao</strong> OCOP.</p>
<ul>
<li>Giấy chứng nhận số: <strong>{{certificateNumber}}</strong></li>
<li>Có hiệu lực đến: {{expiryDate | date}} (36 tháng)</li>
</ul>
