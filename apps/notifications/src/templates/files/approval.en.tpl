subject: Dossier {{dossierCode}} approved: support of {{amountVnd | money}}
--- text
Dear {{recipientName}},

The Department's leader approved support for dossier {{dossierCode}} on {{decidedAt | datetime}}.
Support amount: {{amountVnd | money}}.
Next: implementation and acceptance (nghiệm thu) as the decision sets out.
--- html
<p>Dear {{recipientName}},</p>
<p>The Department's leader approved support for dossier <strong>{{dossierCode}}</strong> on {{decidedAt | datetime}}.</p>
<p>Support amount: <strong>{{amountVnd | money}}</strong>.</p>
<p>Next: implementation and acceptance (nghiệm thu) as the decision sets out.</p>
