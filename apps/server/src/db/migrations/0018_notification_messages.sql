-- Notifications are stored as a message key with parameters, rendered in the reader's language
-- (the web, e-mail and SMS); title/body stay as the zh-CN text (the fallback, and all that rows
-- from before keys have).
alter table notifications add column if not exists message_key text;
alter table notifications add column if not exists params jsonb;
