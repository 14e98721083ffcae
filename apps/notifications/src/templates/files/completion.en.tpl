subject: Dossier {{dossierCode}} completed
--- text
Dear {{recipientName}},

Dossier {{dossierCode}} was completed on {{decidedAt | datetime}}: the approved support has been disbursed in full.
Thank you for taking part in the industrial-promotion programme.
--- html
<p>Dear {{recipientName}},</p>
<p>Dossier <strong>{{dossierCode}}</strong> was completed on {{decidedAt | datetime}}: the approved support has been disbursed in full.</p>
<p>Thank you for taking part in the industrial-promotion programme.</p>
