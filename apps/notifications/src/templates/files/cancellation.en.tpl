subject: Dossier {{dossierCode}} was cancelled
--- text
Dear {{recipientName}},

Dossier {{dossierCode}} was cancelled on {{decidedAt | datetime}}.
Reason: {{reason}}
Any budget reserved for it returns to the programme.
--- html
<p>Dear {{recipientName}},</p>
<p>Dossier <strong>{{dossierCode}}</strong> was cancelled on {{decidedAt | datetime}}.</p>
<p>Reason: {{reason}}</p>
<p>Any budget reserved for it returns to the programme.</p>
