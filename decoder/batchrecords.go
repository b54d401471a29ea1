package decoder

// A batch call that writes many records answers 200 and reports each record that failed in
// its body: Kinesis PutRecords gives FailedRecordCount and, per record, a ShardId and
// SequenceNumber or an ErrorCode and ErrorMessage
// (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html); Firehose
// PutRecordBatch gives FailedPutCount and a RecordId or an ErrorCode and ErrorMessage
// (https://docs.aws.amazon.com/firehose/latest/APIReference/API_PutRecordBatch.html). A
// record's ErrorCode (ProvisionedThroughputExceededException, ServiceUnavailableException)
// then came inside a 200: the status its service sends the same code with when the whole
// call fails was not this response's.

var (
	mRecordError = mark("ErrorMessage")
	mBatchResult = marks("FailedRecordCount", "FailedPutCount", "ShardId", "RecordId")
)

// batchRecordFailure reports a failed record of a batch call's 200 response: a record's
// ErrorMessage beside the fields only those responses hold.
func (s *signals) batchRecordFailure() bool {
	if len(s.at(mRecordError)) == 0 {
		return false
	}
	for _, id := range mBatchResult {
		if len(s.at(id)) > 0 {
			return true
		}
	}
	return false
}

// OpenAI's Responses API reports a response that failed in the response object itself: its
// "status" is "failed" and its "error" says why, in the 200 that a background response's
// poll (GET /v1/responses/{id}) or a stream's response.failed event carries
// (https://platform.openai.com/docs/guides/background, the Response object's status and
// error at https://platform.openai.com/docs/api-reference/responses/object). The status
// the API sends the same error with when a request itself fails (insufficient_quota's
// 429) was not this response's.
var (
	mResponseID     = mark("resp_")
	mResponseFailed = marks(`"status": "failed"`, `"status":"failed"`, "'status': 'failed'", "status failed", "status: failed", "response.failed")
	// The stream event's own type names it without the response's id: a relay or a log
	// that kept the event's data but cut the id.
	// from: https://platform.openai.com/docs/api-reference/responses-streaming/response/failed
	mResponseFailedEvent = marks(`"type":"response.failed"`, `"type": "response.failed"`, "'type': 'response.failed'")
)

// failedResponseObject reports a Responses API object whose status is failed: a response
// id (resp_...) beside a failed status, or a response.failed event's data.
func (s *signals) failedResponseObject() bool {
	for _, id := range mResponseFailedEvent {
		if len(s.at(id)) > 0 {
			return true
		}
	}
	if len(s.at(mResponseID)) == 0 {
		return false
	}
	for _, id := range mResponseFailed {
		if len(s.at(id)) > 0 {
			return true
		}
	}
	return false
}
