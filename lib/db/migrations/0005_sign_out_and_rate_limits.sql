CREATE TABLE "rate_limit" (
	"key" text NOT NULL,
	"window_start" timestamp NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rate_limit_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "memory_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "rate_limit_window" ON "rate_limit" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "onshape_response_cache_expires" ON "onshape_response_cache" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "session_user" ON "session" USING btree ("userId");--> statement-breakpoint
CREATE INDEX "session_expires" ON "session" USING btree ("expires");--> statement-breakpoint
CREATE INDEX "tab_ticket_user" ON "tab_ticket" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "tab_ticket_expires" ON "tab_ticket" USING btree ("expires_at");