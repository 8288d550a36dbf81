-- Task instructions are read by staff: the references to the source documents the default templates
-- were written from ("（篇2 §5.2.2-1a）", "（seed 000）") do not belong in them. Stored templates and
-- the tasks already planned from them lose the bracketed references; nothing else changes.
update task_templates
  set instructions = nullif(btrim(regexp_replace(instructions, '（[^（）]*(§|篇|seed)[^（）]*）', '', 'g')), '')
  where instructions ~ '（[^（）]*(§|篇|seed)[^（）]*）';
update meeting_tasks
  set instructions = nullif(btrim(regexp_replace(instructions, '（[^（）]*(§|篇|seed)[^（）]*）', '', 'g')), '')
  where instructions ~ '（[^（）]*(§|篇|seed)[^（）]*）';
