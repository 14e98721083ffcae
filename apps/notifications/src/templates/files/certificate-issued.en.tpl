subject: OCOP certificate {{certificateNumber}} issued ({{stars}} stars)
--- text
Dear {{recipientName}},

The product {{productLabel}} is recognised with {{stars}} OCOP stars.
Certificate number: {{certificateNumber}}
Valid until: {{expiryDate | date}} (36 months).
--- html
<p>Dear {{recipientName}},</p>
<p>The product <strong>{{productLabel}}</strong> is recognised with <strong>{{stars}} stars</strong> (OCOP).</p>
<ul>
<li>Certificate number: <strong>{{certificateNumber}}</strong></li>
<li>Valid until: {{expiryDate | date}} (36 months)</li>
</ul>
