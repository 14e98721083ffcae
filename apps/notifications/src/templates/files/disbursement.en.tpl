subject: Dossier {{dossierCode}}: {{amountVnd | money}} disbursed
--- text
Dear {{recipientName}},

The Department recorded a disbursement of support for dossier {{dossierCode}} on {{decidedAt | datetime}}.
Amount: {{amountVnd | money}}.
--- html
<p>Dear {{recipientName}},</p>
<p>The Department recorded a disbursement of support for dossier <strong>{{dossierCode}}</strong> on {{decidedAt | datetime}}.</p>
<p>Amount: <strong>{{amountVnd | money}}</strong>.</p>
