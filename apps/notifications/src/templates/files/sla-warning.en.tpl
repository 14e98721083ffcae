subject: Due soon: dossier {{dossierCode}} must be handled by {{dueAt | datetime}}
--- text
Dear {{recipientName}},

The step "{{stage | stage}}" of dossier {{dossierCode}} has used 75% of its time.
Due: {{dueAt | datetime}}. Please finish it in time, so the applicant need not receive an apology.
--- html
<p>Dear {{recipientName}},</p>
<p>The step "{{stage | stage}}" of dossier <strong>{{dossierCode}}</strong> has used 75% of its time.</p>
<p>Due: <strong>{{dueAt | datetime}}</strong>. Please finish it in time, so the applicant need not receive an apology.</p>
