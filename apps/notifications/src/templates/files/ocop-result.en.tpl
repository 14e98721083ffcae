subject: OCOP evaluation result: {{productLabel}} earned {{stars}} stars
--- text
Dear {{recipientName}},

The OCOP evaluation council has ranked the product {{productLabel}}:
Stars: {{stars}}
Average points: {{averageTotal | points}}
--- html
<p>Dear {{recipientName}},</p>
<p>The OCOP evaluation council has ranked the product <strong>{{productLabel}}</strong>:</p>
<ul>
<li>Stars: <strong>{{stars}}</strong></li>
<li>Average points: {{averageTotal | points}}</li>
</ul>
