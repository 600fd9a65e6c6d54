import json
import urllib.error
import urllib.request

FIELDS = ('AccountId', 'Partition', 'Region', 'StackId', 'RoleArn', 'CreateReport', 'CurBucket', 'ReportName',
          'ReportPrefix', 'BucketRegion', 'StackSet')


def handler(event, context):
    props = event.get('ResourceProperties') or {}
    physical = event.get('PhysicalResourceId') or 'payerlink-callback-' + str(props.get('AccountId', ''))
    try:
        reason = report(event, props)
    except Exception as e:
        reason = ('Payerlink was not reached (%s). The stack reported nothing: paste the role ARN from the'
                  ' Outputs tab in Payerlink.' % e)
    answer(event, physical, reason[:900])


def report(event, props):
    body = dict((f[0].lower() + f[1:], str(props.get(f, ''))) for f in FIELDS)
    body['requestType'] = event.get('RequestType', '')
    body['requestId'] = event.get('RequestId', '')
    body['secret'] = props.get('CallbackSecret', '')
    request = urllib.request.Request(props['CallbackUrl'], data=json.dumps(body).encode('utf-8'), method='POST',
                                     headers={'Content-Type': 'application/json', 'Accept': 'application/json'})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return 'Payerlink: ' + message(response.read(4000))
    except urllib.error.HTTPError as e:
        return 'Payerlink refused the report (HTTP %s): %s' % (e.code, message(e.read(4000)))


def message(raw):
    try:
        data = json.loads(raw.decode('utf-8'))
        return str(data.get('message') or data.get('detail') or data)
    except Exception:
        return raw.decode('utf-8', 'replace')


def answer(event, physical, reason):
    body = json.dumps({'Status': 'SUCCESS', 'Reason': reason, 'PhysicalResourceId': physical,
                       'StackId': event.get('StackId'), 'RequestId': event.get('RequestId'),
                       'LogicalResourceId': event.get('LogicalResourceId'), 'Data': {}}).encode('utf-8')
    request = urllib.request.Request(event['ResponseURL'], data=body, method='PUT',
                                     headers={'Content-Type': '', 'Content-Length': str(len(body))})
    urllib.request.urlopen(request, timeout=20).close()
