CREATE TABLE "onshape_response_cache" (
	"user_id" text NOT NULL,
	"url" text NOT NULL,
	"content_type" text NOT NULL,
	"body" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"expires_at" timestamp NOT NULL,
	CONSTRAINT "onshape_response_cache_user_id_url_pk" PRIMARY KEY("user_id","url")
);
--> statement-breakpoint
ALTER TABLE "onshape_response_cache" ADD CONSTRAINT "onshape_response_cache_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "onshape_response_cache_age" ON "onshape_response_cache" USING btree ("user_id","created_at");