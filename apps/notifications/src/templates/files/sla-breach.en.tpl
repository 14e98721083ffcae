subject: Overdue: dossier {{dossierCode}} is late at "{{stage | stage}}"
--- text
Dear {{recipientName}},

Dossier {{dossierCode}} is overdue at the step "{{stage | stage}}" (due {{dueAt | datetime}}) and has been escalated to you.
The applicant has received an apology with the new date {{newExpectedDate | date}}.
--- html
<p>Dear {{recipientName}},</p>
<p>Dossier <strong>{{dossierCode}}</strong> is overdue at the step "{{stage | stage}}" (due {{dueAt | datetime}}) and has been escalated to you.</p>
<p>The applicant has received an apology with the new date <strong>{{newExpectedDate | date}}</strong>.</p>
