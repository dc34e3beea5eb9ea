-- Webhook signing secrets may be stored sealed (AES-GCM, "sealed:v1:" + base64 of IV and
-- ciphertext, about 115 characters) when the deployment sets svkit.webhooks.secret-key.
ALTER TABLE plt_webhook_subscription ALTER COLUMN secret SET DATA TYPE VARCHAR(200);
ALTER TABLE plt_webhook_subscription ALTER COLUMN previous_secret SET DATA TYPE VARCHAR(200);
