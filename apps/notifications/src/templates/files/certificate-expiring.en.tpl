subject: OCOP certificate {{certificateNumber}} expires on {{expiryDate | date}}
--- text
Dear {{recipientName}},

OCOP certificate {{certificateNumber}} of the product {{productLabel}} expires on {{expiryDate | date}}.
To keep the stars, apply for re-evaluation before that date; after it the certificate lapses.
--- html
<p>Dear {{recipientName}},</p>
<p>OCOP certificate <strong>{{certificateNumber}}</strong> of the product {{productLabel}} expires on <strong>{{expiryDate | date}}</strong>.</p>
<p>To keep the stars, apply for re-evaluation before that date; after it the certificate lapses.</p>
