CREATE TABLE "model_job" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"document_id" text NOT NULL,
	"element_id" text NOT NULL,
	"snapshot" text NOT NULL,
	"configuration" text NOT NULL,
	"wv" text NOT NULL,
	"wv_id" text NOT NULL,
	"state" text NOT NULL,
	"translation_id" text,
	"external_data_id" text,
	"failure_reason" text,
	"polls" integer DEFAULT 0 NOT NULL,
	"next_poll_at" timestamp DEFAULT now() NOT NULL,
	"lease_until" timestamp,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onshape_model" (
	"user_id" text NOT NULL,
	"document_id" text NOT NULL,
	"element_id" text NOT NULL,
	"snapshot" text NOT NULL,
	"configuration" text NOT NULL,
	"content_encoding" text NOT NULL,
	"body" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"model_bytes" integer NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "onshape_model_user_id_document_id_element_id_snapshot_configuration_pk" PRIMARY KEY("user_id","document_id","element_id","snapshot","configuration")
);
--> statement-breakpoint
ALTER TABLE "model_job" ADD CONSTRAINT "model_job_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onshape_model" ADD CONSTRAINT "onshape_model_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "model_job_model" ON "model_job" USING btree ("user_id","document_id","element_id","snapshot","configuration");--> statement-breakpoint
CREATE INDEX "onshape_model_age" ON "onshape_model" USING btree ("user_id","created_at");