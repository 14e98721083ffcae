subject: OCOP evaluation result for {{productLabel}}: {{routing | ocopOutcome}}
--- text
Dear {{recipientName}},

The OCOP evaluation council has decided on the product {{productLabel}}:
Result: {{routing | ocopOutcome}}
Average points: {{averageTotal | points}}
--- html
<p>Dear {{recipientName}},</p>
<p>The OCOP evaluation council has decided on the product <strong>{{productLabel}}</strong>:</p>
<ul>
<li>Result: <strong>{{routing | ocopOutcome}}</strong></li>
<li>Average points: {{averageTotal | points}}</li>
</ul>
