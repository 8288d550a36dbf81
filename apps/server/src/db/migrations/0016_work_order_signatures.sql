-- Issue 11: the customer signs the work order by drawing on the engineer's (or the desk's) screen. The
-- drawing is a file of kind 'signature' (signer and time on it), attached to the work order and named
-- here; 'screen' joins the portal and paper ways of signing. Completion photos are files attached to the
-- work order; a case's photos are files attached to the case (cases.photos keeps the links pasted before).
alter table work_orders drop constraint if exists work_orders_signature_method_check;
alter table work_orders add constraint work_orders_signature_method_check
  check (signature_method in ('portal', 'paper', 'screen'));
alter table work_orders add column signature_file_id uuid references files(id);
