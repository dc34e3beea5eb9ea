-- Issue 15: a subscription may narrow its event types by the events' data, such as needs in some
-- places or of some support types: {"placeCode":["E08000015"],"supportType":["VOLUNTEERING"]}.
ALTER TABLE plt_webhook_subscription ADD COLUMN filters VARCHAR(4000);
