-- Why the child's social worker changed, coded as the SSDA903's SW_REASON (MANAGE, FCONTA, LEFTRL,
-- ORGRST, TSPROC, ABSENC, CHCHAN, PCCHAN, SWDIED, OTHERS), on the allocation a reallocation ends.
ALTER TABLE core_allocation ADD COLUMN change_reason VARCHAR(6);
