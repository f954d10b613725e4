ALTER TABLE "account" ADD COLUMN "token_lifetime" integer;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "needs_reconnect" boolean DEFAULT false NOT NULL;