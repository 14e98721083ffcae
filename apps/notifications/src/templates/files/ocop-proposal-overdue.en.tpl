subject: OCOP: {{productLabel}} proposed to {{proposedTo | level}} {{waitedDays}} days ago, no answer yet
--- text
Dear {{recipientName}},

{{productLabel}} was recognised 4 stars and proposed to {{proposedTo | level}} for evaluation and 5 stars.
After {{waitedDays}} days no answer has been recorded.
Please follow it up and record the answer once decided. Meanwhile the product holds its 4-star certificate.
--- html
<p>Dear {{recipientName}},</p>
<p><strong>{{productLabel}}</strong> was recognised 4 stars and proposed to {{proposedTo | level}} for evaluation and 5 stars.</p>
<p>After <strong>{{waitedDays}} days</strong> no answer has been recorded.</p>
<p>Please follow it up and record the answer once decided. Meanwhile the product holds its 4-star certificate.</p>
