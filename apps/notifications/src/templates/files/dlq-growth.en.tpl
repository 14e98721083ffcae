subject: Dead-letter queue grew: events need attention
--- text
Dear {{recipientName}},

Events that could not be processed were moved to dead-letter topics (checked {{checkedAt | datetime}}):
{{#each growth}}- {{topic}}: {{added}} new, {{total}} in all
{{/each}}
See each event's kc-error-reason header, fix the cause, then redrive them.
--- html
<p>Dear {{recipientName}},</p>
<p>Events that could not be processed were moved to dead-letter topics (checked {{checkedAt | datetime}}):</p>
<ul>
{{#each growth}}<li><code>{{topic}}</code>: {{added}} new, {{total}} in all</li>
{{/each}}</ul>
<p>See each event's <code>kc-error-reason</code> header, fix the cause, then redrive them.</p>
