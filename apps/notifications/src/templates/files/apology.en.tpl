subject: Our apologies: dossier {{dossierCode}} is late, new date {{newExpectedDate | date}}
--- text
Dear {{recipientName}},

APOLOGY AND NEW APPOINTMENT (Form 04)

Dossier {{dossierCode}} was not handled in time at the step "{{stage | stage}}" (due {{dueAt | date}}).
The Industrial Promotion Center apologises and now expects to give you the result on {{newExpectedDate | date}}.
--- html
<p>Dear {{recipientName}},</p>
<p><strong>APOLOGY AND NEW APPOINTMENT</strong> (Form 04)</p>
<p>Dossier <strong>{{dossierCode}}</strong> was not handled in time at the step "{{stage | stage}}" (due {{dueAt | date}}).</p>
<p>The Industrial Promotion Center apologises and now expects to give you the result on <strong>{{newExpectedDate | date}}</strong>.</p>
