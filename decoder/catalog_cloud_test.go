package decoder

import (
	"testing"
)

// Errors of the cloud and infrastructure services applications call beside an AI API, each
// written from the service's own error reference (the URL on each case): AWS's DynamoDB,
// SQS, Lambda, STS, IAM and API Gateway, Google Cloud's ErrorInfo reasons, Firestore and
// BigQuery, Microsoft Entra ID and Azure Resource Manager, Kubernetes and container
// registries, PostgreSQL, MongoDB, Redis and Elasticsearch. Each must keep provider ""
// (no AI provider is pinned on them, though Gemini and Vertex AI send the same Google
// reasons) and be answered by its service's layer.
func TestCatalogCloudServices(t *testing.T) {
	tests := []layerCase{
		// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html#API_TransactWriteItems_Errors
		{decodeCase{"DynamoDB transaction canceled, botocore",
			"botocore.errorfactory.TransactionCanceledException: An error occurred (TransactionCanceledException) when calling the TransactWriteItems operation: Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]",
			"", 400, "TransactionCanceledException", Conflict, false}, "aws-services"},
		// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
		{decodeCase{"DynamoDB transaction conflict is retried",
			"An error occurred (TransactionConflictException) when calling the UpdateItem operation: Transaction is ongoing for the item",
			"", 400, "TransactionConflictException", Conflict, true}, "aws-services"},
		{decodeCase{"DynamoDB item collection over 10 GB",
			"botocore.errorfactory.ItemCollectionSizeLimitExceededException: An error occurred (ItemCollectionSizeLimitExceededException) when calling the PutItem operation: Item collection size limit exceeded",
			"", 400, "ItemCollectionSizeLimitExceededException", Quota, false}, "aws-services"},
		// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueUrl.html#API_GetQueueUrl_Errors
		{decodeCase{"SQS queue does not exist",
			"botocore.errorfactory.QueueDoesNotExist: An error occurred (QueueDoesNotExist) when calling the GetQueueUrl operation: The specified queue does not exist.",
			"", 400, "QueueDoesNotExist", NotFound, false}, "aws-services"},
		// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html#API_ReceiveMessage_Errors
		{decodeCase{"SQS in-flight limit",
			"botocore.exceptions.ClientError: An error occurred (OverLimit) when calling the ReceiveMessage operation: Too many messages in flight",
			"", 403, "OverLimit", RateLimit, true}, "aws-services"},
		// https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors
		{decodeCase{"Lambda KMS access denied",
			"An error occurred (KMSAccessDeniedException) when calling the Invoke operation: Lambda was unable to decrypt the environment variables because KMS access was denied. Please check the function's KMS key settings.",
			"", 502, "KMSAccessDeniedException", Permission, false}, "aws-services"},
		{decodeCase{"Lambda ENI limit, JS v3 object",
			`{"name":"ENILimitReachedException","$fault":"server","$metadata":{"httpStatusCode":502,"attempts":1},"message":"Lambda was not able to create an ENI in the VPC of the Lambda function because the limit for Network Interfaces has been reached."}`,
			"", 502, "ENILimitReachedException", Quota, false}, "aws-services"},
		{decodeCase{"Lambda function not ready",
			"botocore.errorfactory.ResourceNotReadyException: An error occurred (ResourceNotReadyException) when calling the Invoke operation: The function is currently in the following state: Pending",
			"", 502, "ResourceNotReadyException", Conflict, true}, "aws-services"},
		// https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html
		{decodeCase{"Lambda task timed out",
			`{"errorMessage": "2024-05-01T10:00:03.123Z 5f1c0a2e-1111-2222-3333-444455556666 Task timed out after 3.00 seconds"}`,
			"", 0, "", Timeout, true}, "aws-services"},
		// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html#API_AssumeRole_Errors
		{decodeCase{"STS region disabled",
			"botocore.exceptions.ClientError: An error occurred (RegionDisabledException) when calling the AssumeRole operation: STS is not activated in this region for account:123456789012. Your account administrator can activate STS in this region using the IAM Console.",
			"", 403, "RegionDisabledException", Permission, false}, "aws-services"},
		// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html#API_AssumeRoleWithWebIdentity_Errors
		{decodeCase{"STS identity provider unreachable",
			"botocore.exceptions.ClientError: An error occurred (IDPCommunicationError) when calling the AssumeRoleWithWebIdentity operation: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
			"", 400, "IDPCommunicationError", Connection, true}, "aws-services"},
		{decodeCase{"STS web identity token rejected",
			"An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience",
			"", 403, "InvalidIdentityToken", Authentication, false}, "aws-services"},
		// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html#API_CreateRole_Errors
		{decodeCase{"IAM role already exists",
			"botocore.errorfactory.EntityAlreadyExistsException: An error occurred (EntityAlreadyExists) when calling the CreateRole operation: Role with name lambda-exec already exists.",
			"", 409, "EntityAlreadyExists", Conflict, false}, "aws-services"},
		{decodeCase{"IAM malformed policy",
			"An error occurred (MalformedPolicyDocument) when calling the CreatePolicy operation: Syntax errors in policy.",
			"", 400, "MalformedPolicyDocument", InvalidRequest, false}, "aws-services"},
		// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html#API_DeleteRole_Errors
		{decodeCase{"IAM delete conflict",
			"An error occurred (DeleteConflict) when calling the DeleteRole operation: Cannot delete entity, must detach all policies first.",
			"", 409, "DeleteConflict", Conflict, false}, "aws-services"},
		// https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html
		{decodeCase{"SSO session expired",
			"botocore.exceptions.UnauthorizedSSOTokenError: The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.",
			"", 0, "UnauthorizedSSOTokenError", Authentication, false}, "aws-services"},
		// https://repost.aws/knowledge-center/malformed-502-api-gateway
		{decodeCase{"API Gateway malformed Lambda proxy response",
			"Wed Jan 10 10:00:00 UTC 2024 : Execution failed due to configuration error: Malformed Lambda proxy response\nWed Jan 10 10:00:00 UTC 2024 : Method completed with status: 502",
			"", 502, "", Server, false}, "aws-services"},

		// https://cloud.google.com/java/docs/reference/proto-google-common-protos/latest/com.google.api.ErrorReason
		{decodeCase{"Google ErrorInfo RATE_LIMIT_EXCEEDED of Pub/Sub names no AI API",
			`{"error": {"code": 429, "message": "Quota exceeded for quota metric 'Publisher throughput' and limit 'Publisher throughput per minute' of service 'pubsub.googleapis.com' for consumer 'project_number:123'.", "status": "RESOURCE_EXHAUSTED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "RATE_LIMIT_EXCEEDED", "domain": "googleapis.com", "metadata": {"service": "pubsub.googleapis.com", "consumer": "projects/123"}}]}}`,
			"", 429, "RATE_LIMIT_EXCEEDED", RateLimit, true}, "google-cloud"},
		{decodeCase{"Google API key referrer restriction",
			`{"error": {"code": 403, "message": "Requests from referer <empty> are blocked.", "status": "PERMISSION_DENIED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_HTTP_REFERRER_BLOCKED", "domain": "googleapis.com", "metadata": {"service": "translate.googleapis.com", "consumer": "projects/123"}}]}}`,
			"", 403, "API_KEY_HTTP_REFERRER_BLOCKED", Permission, false}, "google-cloud"},
		{decodeCase{"Cloud Storage IAM permission denied",
			`{"error": {"code": 403, "message": "Permission 'storage.objects.get' denied on resource (or it may not exist).", "status": "PERMISSION_DENIED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "IAM_PERMISSION_DENIED", "domain": "iam.googleapis.com", "metadata": {"permission": "storage.objects.get"}}]}}`,
			"", 403, "IAM_PERMISSION_DENIED", Permission, false}, "google-cloud"},
		{decodeCase{"Google billing disabled names no AI API",
			`{"error": {"code": 403, "message": "This API method requires billing to be enabled. Please enable billing on project #123 by visiting https://console.developers.google.com/billing/enable?project=123 then retry.", "status": "PERMISSION_DENIED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "BILLING_DISABLED", "domain": "googleapis.com", "metadata": {"service": "bigquery.googleapis.com", "consumer": "projects/123"}}]}}`,
			"", 403, "BILLING_DISABLED", Quota, false}, "google-cloud"},
		{decodeCase{"Google quota project denied",
			`{"error": {"code": 403, "message": "Caller does not have required permission to use project my-project. Grant the caller the roles/serviceusage.serviceUsageConsumer role.", "status": "PERMISSION_DENIED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "USER_PROJECT_DENIED", "domain": "googleapis.com"}]}}`,
			"", 403, "USER_PROJECT_DENIED", Permission, false}, "google-cloud"},
		// https://cloud.google.com/docs/authentication/troubleshoot-adc
		{decodeCase{"Application Default Credentials missing",
			"google.auth.exceptions.DefaultCredentialsError: Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.",
			"", 0, "DefaultCredentialsError", Authentication, false}, "google-cloud"},
		// https://firebase.google.com/docs/firestore/troubleshoot
		{decodeCase{"Firestore backend unreachable",
			"@firebase/firestore: Firestore (9.6.1): Could not reach Cloud Firestore backend. Backend didn't respond within 10 seconds.\nThis typically indicates that your device does not have a healthy Internet connection at the moment. The client will operate in offline mode until it is able to successfully connect to the backend.",
			"", 0, "", Connection, true}, "google-cloud"},
		// https://firebase.google.com/docs/firestore/quotas#free-quota
		{decodeCase{"Firestore free quota used up",
			"FirebaseError: [code=resource-exhausted]: 8 RESOURCE_EXHAUSTED: Quota exceeded.",
			"", 0, "RESOURCE_EXHAUSTED", Quota, false}, "google-cloud"},
		// https://cloud.google.com/bigquery/docs/error-messages
		{decodeCase{"BigQuery table update rate limit",
			"google.api_core.exceptions.Forbidden: 403 Exceeded rate limits: too many table update operations for this table. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas",
			"", 403, "", RateLimit, true}, "google-cloud"},
		{decodeCase{"BigQuery resources exceeded",
			"google.api_core.exceptions.BadRequest: 400 Resources exceeded during query execution: The query could not be executed in the allotted memory.",
			"", 400, "", InvalidRequest, false}, "google-cloud"},
		// https://learn.microsoft.com/entra/identity-platform/reference-error-codes
		{decodeCase{"Entra ID client secret value expected",
			"msal.exceptions: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '00000000-0000-0000-0000-000000000000'.",
			"", 0, "AADSTS7000215", Authentication, false}, "entra-id"},
		{decodeCase{"Entra ID application not found",
			"AADSTS700016: Application with identifier 'abc' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
			"", 0, "AADSTS700016", Authentication, false}, "entra-id"},
		{decodeCase{"Entra ID consent required",
			"AADSTS65001: The user or administrator has not consented to use the application with ID 'abc' named 'app'. Send an interactive authorization request for this user and resource.",
			"", 0, "AADSTS65001", Permission, false}, "entra-id"},
		{decodeCase{"Entra ID MFA required",
			"AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access 'abc'.",
			"", 0, "AADSTS50076", Authentication, false}, "entra-id"},
		// https://learn.microsoft.com/python/api/azure-identity/azure.identity.credentialunavailableerror
		{decodeCase{"Azure Identity, no credential",
			"azure.identity._exceptions.CredentialUnavailableError: EnvironmentCredential authentication unavailable. Environment variables are not fully configured.",
			"", 0, "CredentialUnavailableError", Authentication, false}, "azure-cloud"},
		// https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors
		{decodeCase{"ARM subscription not found, azure-core",
			"azure.core.exceptions.ResourceNotFoundError: (SubscriptionNotFound) The subscription '00000000-0000-0000-0000-000000000000' could not be found.\nCode: SubscriptionNotFound\nMessage: The subscription '00000000-0000-0000-0000-000000000000' could not be found.",
			"", 404, "SubscriptionNotFound", NotFound, false}, "azure-cloud"},
		{decodeCase{"ARM resource provider not registered",
			"azure.core.exceptions.HttpResponseError: (MissingSubscriptionRegistration) The subscription is not registered to use namespace 'Microsoft.CognitiveServices'. See https://aka.ms/rps-not-found for how to register subscriptions.\nCode: MissingSubscriptionRegistration",
			"", 409, "MissingSubscriptionRegistration", Permission, false}, "azure-cloud"},
		{decodeCase{"ARM SKU not available",
			`{"error":{"code":"SkuNotAvailable","message":"The requested size for resource '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1' is currently not available in location 'westeurope' zones '' for subscription 'x'. Please try another size or deploy to a different location or zones. See https://aka.ms/azureskunotavailable for details."}}`,
			"", 0, "SkuNotAvailable", InvalidRequest, false}, "azure-cloud"},
		{decodeCase{"ARM disabled subscription",
			`{"error":{"code":"ReadOnlyDisabledSubscription","message":"The subscription 'x' is disabled and therefore marked as read only. You cannot perform any write actions on this subscription until it is re-enabled."}}`,
			"", 0, "ReadOnlyDisabledSubscription", Quota, false}, "azure-cloud"},
		// https://kubernetes.io/docs/reference/using-api/api-concepts/
		{decodeCase{"kubectl create of an existing object",
			`Error from server (AlreadyExists): deployments.apps "web" already exists`,
			"", 409, "AlreadyExists", Conflict, false}, "kubernetes"}, // the printed reason is the code (kubestatus.go)
		// https://kubernetes.io/docs/concepts/policy/resource-quotas/
		{decodeCase{"Kubernetes ResourceQuota exceeded",
			`Error from server (Forbidden): error when creating "pod.yaml": pods "web" is forbidden: exceeded quota: compute-resources, requested: limits.memory=2Gi, used: limits.memory=7Gi, limited: limits.memory=8Gi`,
			"", 403, "Forbidden", Quota, false}, "kubernetes"}, // the printed reason is the code (kubestatus.go)
		// https://kubernetes.io/docs/tasks/debug/debug-cluster/troubleshoot-kubectl/
		{decodeCase{"kubectl without a kubeconfig",
			"The connection to the server localhost:8080 was refused - did you specify the right host or port?",
			"", 0, "", Connection, true}, "kubernetes"},
		// https://docs.docker.com/reference/cli/docker/login/
		{decodeCase{"docker push without registry login",
			"denied: Your authorization token has expired. Reauthenticate and try again.\nno basic auth credentials",
			"", 0, "", Authentication, false}, "kubernetes"},

		// https://www.postgresql.org/docs/current/errcodes-appendix.html
		{decodeCase{"PostgreSQL out of connections, asyncpg",
			"asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already",
			"", 0, "TooManyConnectionsError", Overloaded, true}, "databases"},
		{decodeCase{"PostgreSQL out of connections, psycopg2",
			`psycopg2.OperationalError: connection to server at "db.internal" (10.0.0.5), port 5432 failed: FATAL:  sorry, too many clients already`,
			"", 0, "", Overloaded, true}, "databases"},
		// https://www.postgresql.org/docs/current/mvcc-serialization-failure-handling.html
		{decodeCase{"PostgreSQL serialization failure is retried",
			"psycopg2.errors.SerializationFailure: could not serialize access due to concurrent update",
			"", 0, "SerializationFailure", Conflict, true}, "databases"},
		{decodeCase{"PostgreSQL deadlock is retried",
			"psycopg.errors.DeadlockDetected: deadlock detected\nDETAIL:  Process 123 waits for ShareLock on transaction 456; blocked by process 789.",
			"", 0, "DeadlockDetected", Conflict, true}, "databases"},
		// https://redis-py.readthedocs.io/en/stable/exceptions.html
		{decodeCase{"Redis still loading",
			"redis.exceptions.BusyLoadingError: Redis is loading the dataset in memory",
			"", 0, "BusyLoadingError", Overloaded, true}, "databases"},
		// https://www.elastic.co/docs/troubleshoot/elasticsearch/rejected-requests
		{decodeCase{"Elasticsearch thread pool rejection",
			`{"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"rejected execution of org.elasticsearch.common.util.concurrent.TimedRunnable@26c03d4a on QueueResizingEsThreadPoolExecutor[name = node-1/search, queue capacity = 1000]"}],"type":"es_rejected_execution_exception","reason":"rejected execution of org.elasticsearch.common.util.concurrent.TimedRunnable@26c03d4a"},"status":429}`,
			"", 429, "es_rejected_execution_exception", Overloaded, true}, "elasticsearch"},
		{decodeCase{"Elasticsearch rejection, Python client's ApiError",
			"elasticsearch.ApiError: ApiError(429, 'es_rejected_execution_exception', 'rejected execution of org.elasticsearch.common.util.concurrent.TimedRunnable@1 on QueueResizingEsThreadPoolExecutor[name = node-1/search, queue capacity = 1000]')",
			"", 429, "es_rejected_execution_exception", Overloaded, true}, "elasticsearch"},
	}
	checkLayers(t, tests)
}
