#!/usr/bin/env bash
# Computes the known-answer vectors in vectors.json with OpenSSL, an implementation independent of
# ours. Rerun only to add vectors: `bash make-vectors.sh > vectors.json`.
set -euo pipefail

emit() { # name secret timestamp body
  local digest
  digest=$(printf '%s.%s' "$3" "$4" | openssl dgst -sha256 -hmac "$2" -r | cut -d' ' -f1)
  jq -n --arg name "$1" --arg secret "$2" --argjson timestamp "$3" --arg body "$4" --arg digest "$digest" \
    '{name: $name, secret: $secret, timestamp: $timestamp, body: $body, header: "t=\($timestamp),v1=\($digest)"}'
}

{
  emit 'bodyless GET' 'company-secret' 1700000000 ''
  emit 'seed test body' 'company-secret' 123456789 '{"company_id":"0a5de148-4864-41f3-bd59-03ee50435e14"}'
  emit 'same object, spaced JSON' 'company-secret' 123456789 '{ "company_id": "0a5de148-4864-41f3-bd59-03ee50435e14" }'
  emit 'webhook record' 'whsec_9f8e7d6c5b4a' 1733300000 '{"external_id":"12345","name":"Jane Doe","email":"jane.doe@company.com"}'
  emit 'utf-8 body' 'company-secret' 1733300000 '{"external_id":"42","name":"Zoë Ångström 日本"}'
  emit 'utf-8 secret' 'sécret-🔑' 1733300000 '[{"external_id":"1"},{"external_id":"2"}]'
} | jq -s .
