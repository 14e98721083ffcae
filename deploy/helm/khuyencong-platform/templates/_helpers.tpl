{{- define "kcp.labels" -}}
app.kubernetes.io/part-of: khuyencong
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}
