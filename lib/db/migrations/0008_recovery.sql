ALTER TABLE "decisions" ADD COLUMN "recovery_amount" bigint;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "recovery_currency" char(3);--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "recovery_reference" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "recovery_at" date;