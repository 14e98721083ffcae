subject: OCOP: the evaluation round of {{productLabel}} has been stopped
short: OCOP: the round of {{productLabel}} stopped at the {{level | level}}: {{reason}}.
--- text
Dear {{recipientName}},

The evaluation round of {{productLabel}} was stopped while it waited for the {{level | level}} council, without a result.
Reason: {{reason}}
The product may be entered for evaluation again in a later round.
--- html
<p>Dear {{recipientName}},</p>
<p>The evaluation round of <strong>{{productLabel}}</strong> was stopped while it waited for the {{level | level}} council, without a result.</p>
<p>Reason: {{reason}}</p>
<p>The product may be entered for evaluation again in a later round.</p>
