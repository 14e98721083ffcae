{{- define "kc.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- end -}}

{{- define "kc.labels" -}}
app.kubernetes.io/part-of: khuyencong
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "kc.image" -}}
{{ .Values.image.repository }}:{{ default .Chart.AppVersion .Values.image.tag }}
{{- end -}}

{{/* A service's settings: the defaults, overridden by its entry in .Values.services. Call with (list $ "name"). */}}
{{- define "kc.service" -}}
{{- $root := index . 0 -}}
{{- $name := index . 1 -}}
{{- toYaml (mergeOverwrite (deepCopy $root.Values.defaults) (deepCopy (index $root.Values.services $name))) -}}
{{- end -}}

{{/*
DATABASE_URL (and what it is made of) for a host. Call with (list $ host service): a service connects as its
own role, limited to its schema (libs/persistence/src/service-role.ts), from its own Secret
(database.serviceRoles); service "" is the schema owner, for the migrations only.
*/}}
{{- define "kc.databaseEnv" -}}
{{- $root := index . 0 -}}
{{- $host := index . 1 -}}
{{- $service := index . 2 -}}
{{- $db := $root.Values.database -}}
{{- $urlSecret := $db.urlSecret.name -}}
{{- $secret := $db.existingSecret -}}
{{- if $service }}
{{- $urlSecret = "" -}}
{{- if $db.serviceRoles.urlSecretFormat }}
{{- $urlSecret = printf $db.serviceRoles.urlSecretFormat $service -}}
{{- end }}
{{- $secret = printf $db.serviceRoles.existingSecretFormat $service -}}
{{- end }}
{{- if $urlSecret }}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef: { name: {{ $urlSecret }}, key: {{ $db.urlSecret.key }} }
{{- else }}
- name: DB_USER
  valueFrom:
    secretKeyRef: { name: {{ $secret }}, key: {{ $db.usernameKey }} }
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef: { name: {{ $secret }}, key: {{ $db.passwordKey }} }
# Kubernetes expands $(VAR) from the variables above
- name: DATABASE_URL
  value: postgres://$(DB_USER):$(DB_PASSWORD)@{{ $host }}:{{ $db.port }}/{{ $db.name }}
{{- end }}
{{- end -}}

{{/* What every service and job reads (libs/platform/src/service-config.ts, libs/auth). Call with $. */}}
{{- define "kc.commonEnv" -}}
- name: HOST
  value: 0.0.0.0
- name: LOG_LEVEL
  value: {{ .Values.logLevel | quote }}
- name: KAFKA_BROKERS
  value: {{ .Values.kafka.brokers | quote }}
- name: KAFKA_TOPIC_PREFIX
  value: {{ .Values.kafka.topicPrefix | quote }}
- name: TEMPORAL_ADDRESS
  value: {{ .Values.temporal.address | quote }}
- name: TEMPORAL_NAMESPACE
  value: {{ .Values.temporal.namespace | quote }}
- name: AUTH_JWKS_URL
  value: http://{{ include "kc.fullname" . }}-gateway:{{ .Values.services.gateway.port }}/.well-known/jwks.json
- name: PUBLIC_BASE_URL
  value: {{ .Values.publicBaseUrl | quote }}
{{- end -}}
