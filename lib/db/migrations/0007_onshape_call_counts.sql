CREATE TABLE "onshape_call_count" (
	"user_id" text NOT NULL,
	"day" date NOT NULL,
	"calls" integer NOT NULL,
	"rate_limit_remaining" integer,
	"rate_limit_seen_at" timestamp,
	CONSTRAINT "onshape_call_count_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
ALTER TABLE "onshape_call_count" ADD CONSTRAINT "onshape_call_count_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;